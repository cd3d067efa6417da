#include "text/normalize.h"

#include "common/tsv.h"
#include "text/utf8.h"

namespace detente {

Normalizer::Normalizer() : table_(0x10000) {
  for (char32_t c = 0; c < table_.size(); ++c) table_[c] = c;
  for (char32_t c = 'A'; c <= 'Z'; ++c) table_[c] = c + 32;
  for (char32_t c = 0xFF01; c <= 0xFF5E; ++c) {  // full-width ASCII
    char32_t a = c - 0xFF01 + 0x21;
    table_[c] = (a >= 'A' && a <= 'Z') ? a + 32 : a;
  }
  table_[0x3000] = ' ';  // ideographic space
  table_[0x00A0] = ' ';
  // Latin-1 and Latin Extended-A letters used in names: fold accents (Bogotá → bogota,
  // Vučić → vucic, Erdoğan → erdogan, Wałęsa → walesa).
  const char* kFrom =
      "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ"
      "ĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž"
      "ĐđĦħŁłıŦŧ";
  const char* kTo =
      "aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyy"
      "aaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzz"
      "ddhhllitt";
  std::u32string from = ToUtf32(kFrom);
  for (size_t i = 0; i < from.size(); ++i) table_[from[i]] = static_cast<char32_t>(kTo[i]);
  for (char32_t c : {0x00B7, 0x2022, 0x30FB, 0x2027, 0x2219, 0xFF65}) table_[c] = 0x00B7;  // name dots
  for (char32_t c : {0x2018, 0x2019, 0x201B, 0x2032}) table_[c] = '\'';
  for (char32_t c : {0x201C, 0x201D, 0x201F, 0x2033}) table_[c] = '"';
  for (char32_t c : {0x300E, 0x300C, 0xFE41, 0xFE43}) table_[c] = 0x300C;  // 「
  for (char32_t c : {0x300F, 0x300D, 0xFE42, 0xFE44}) table_[c] = 0x300D;  // 」
  for (char32_t c : {0x2013, 0x2014, 0x2015, 0x2212}) table_[c] = '-';
}

Result<Normalizer> Normalizer::Load(const std::string& path, const std::string& display) {
  Normalizer n;
  auto rows = ReadTsv(path, 2, 2, display);
  if (!rows.ok()) return rows.status();
  for (const TsvRow& row : *rows) {
    std::u32string a = ToUtf32(row.fields[0]), b = ToUtf32(row.fields[1]);
    if (a.size() != 1 || b.size() != 1)
      return DataError(row.Where() + ": each column must be exactly one character");
    if (a[0] < n.table_.size()) n.table_[a[0]] = b[0];
    else n.astral_[a[0]] = b[0];
    ++n.t2s_entries_;
  }
  return n;
}

std::u32string Normalizer::Fold(std::u32string_view s) const {
  std::u32string out(s);
  FoldInPlace(&out);
  return out;
}

}  // namespace detente
