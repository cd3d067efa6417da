// The embedded event store (SQLite).
//
//   auto store = detente::Store::Open("events.db");
//   if (!store.ok()) return fail(store.status());
//   detente::EventQuery q;  q.a = "USA"; q.b = "COL"; q.from = "2025-01-01";
//   auto events = (*store)->QueryEvents(q);
//
// Documents and their events are written in one transaction per batch: a document is either
// stored with all its events or not at all, and a kill -9 never leaves a half-written batch.
#ifndef DETENTE_STORE_H_
#define DETENTE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "detente/document.h"
#include "detente/event.h"
#include "detente/status.h"

namespace detente {

struct EventQuery {
  std::string a, b;      // country codes; empty = any. Both set: events between a and b
  bool directed = false;  // true: only a -> b
  std::string from, to;  // ISO dates (inclusive); compared with the event's interval
  std::string root;      // "16"; empty = any
  bool include_all_moods = false;  // false: asserted events only
  double min_confidence = 0.0;     // above 0: scored events at least this confident only
};

struct StoredDocument {
  Document doc;
  std::string text_hash;
  std::string lexicon_version;
};

struct IngestStats {
  int documents_new = 0;
  int documents_replaced = 0;
  int documents_unchanged = 0;
  int events_written = 0;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  virtual ~Store() = default;

  // Stores each document with its events, all in one transaction. A document already stored
  // with the same id, text and lexicon version is left untouched (unless `replace_unchanged`);
  // one whose text or lexicon version changed has its events replaced.
  virtual Result<IngestStats> Put(const std::vector<Document>& docs,
                                  const std::vector<std::vector<Event>>& events,
                                  const std::string& lexicon_version, bool replace_unchanged = false) = 0;
  // Stores events that come without a source text (a GDELT export) under the pseudo-document
  // `batch_id`, replacing what that id held before. Returns the number of events written.
  virtual Result<int> PutEvents(const std::string& batch_id, const std::vector<Event>& events) = 0;
  virtual Result<std::vector<Event>> QueryEvents(const EventQuery& q) = 0;
  // Documents whose lexicon version differs from `lexicon_version` (all when empty).
  virtual Result<std::vector<StoredDocument>> Documents(const std::string& not_version) = 0;
  virtual Result<int64_t> CountDocuments() = 0;
};

}  // namespace detente

#endif  // DETENTE_STORE_H_
