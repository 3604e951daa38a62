#include "dict/phrase_matcher.h"

#include <algorithm>

namespace dyad::dict {

void PhraseMatcher::Builder::Add(const std::vector<std::string>& keys, uint32_t value, bool stem_last) {
  if (keys.empty()) return;
  entries_.push_back({keys, value, stem_last});
}

PhraseMatcher PhraseMatcher::Builder::Build() && {
  PhraseMatcher m;
  std::vector<std::vector<uint32_t>> node_values(1);  // root = node 0
  auto intern = [&m](const std::string& w) {
    auto [it, inserted] = m.words_.try_emplace(w, static_cast<uint32_t>(m.words_.size()));
    return it->second;
  };
  m.edges_.reserve(entries_.size() * 2);
  for (const Entry& e : entries_) {
    uint32_t node = 0;
    const size_t walk = e.stem ? e.keys.size() - 1 : e.keys.size();
    for (size_t i = 0; i < walk; ++i) {
      const uint32_t w = intern(e.keys[i]);
      auto [it, inserted] = m.edges_.try_emplace(EdgeKey(node, w), static_cast<uint32_t>(node_values.size()));
      if (inserted) node_values.emplace_back();
      node = it->second;
    }
    if (e.stem) {
      m.stems_.push_back({node, e.keys.back(), e.value});
    } else {
      node_values[node].push_back(e.value);
    }
    ++m.num_phrases_;
  }
  m.node_first_value_.reserve(node_values.size() + 1);
  for (const auto& v : node_values) {
    m.node_first_value_.push_back(static_cast<uint32_t>(m.values_.size()));
    m.values_.insert(m.values_.end(), v.begin(), v.end());
  }
  m.node_first_value_.push_back(static_cast<uint32_t>(m.values_.size()));
  std::stable_sort(m.stems_.begin(), m.stems_.end(),
                   [](const Stem& a, const Stem& b) { return a.node < b.node; });
  m.node_has_stem_.assign(node_values.size(), 0);
  for (const Stem& s : m.stems_) m.node_has_stem_[s.node] = 1;
  return m;
}

int32_t PhraseMatcher::WordId(std::string_view w) const {
  auto it = words_.find(w);
  return it == words_.end() ? -1 : static_cast<int32_t>(it->second);
}

size_t PhraseMatcher::LongestAt(const std::vector<std::string>& keys, size_t pos,
                                std::vector<uint32_t>* values) const {
  values->clear();
  if (node_first_value_.empty()) return 0;
  size_t best = 0;
  uint32_t node = 0;
  for (size_t i = pos; i < keys.size(); ++i) {
    const size_t len = i - pos + 1;
    if (node_has_stem_[node]) {
      auto lo = std::lower_bound(stems_.begin(), stems_.end(), node,
                                 [](const Stem& s, uint32_t n) { return s.node < n; });
      for (; lo != stems_.end() && lo->node == node; ++lo) {
        if (keys[i].compare(0, lo->prefix.size(), lo->prefix) != 0) continue;
        if (len > best) {
          best = len;
          values->clear();
        }
        values->push_back(lo->value);
      }
    }
    const int32_t w = WordId(keys[i]);
    if (w < 0) break;
    auto it = edges_.find(EdgeKey(node, static_cast<uint32_t>(w)));
    if (it == edges_.end()) break;
    node = it->second;
    const uint32_t b = node_first_value_[node], e = node_first_value_[node + 1];
    if (b != e) {
      if (len > best) {
        best = len;
        values->clear();
      }
      values->insert(values->end(), values_.begin() + b, values_.begin() + e);
    }
  }
  return best;
}

void PhraseMatcher::AllAt(const std::vector<std::string>& keys, size_t pos, std::vector<Match>* out) const {
  if (node_first_value_.empty()) return;
  uint32_t node = 0;
  for (size_t i = pos; i < keys.size(); ++i) {
    const uint32_t end = static_cast<uint32_t>(i + 1);
    if (node_has_stem_[node]) {
      auto lo = std::lower_bound(stems_.begin(), stems_.end(), node,
                                 [](const Stem& s, uint32_t n) { return s.node < n; });
      for (; lo != stems_.end() && lo->node == node; ++lo)
        if (keys[i].compare(0, lo->prefix.size(), lo->prefix) == 0)
          out->push_back({static_cast<uint32_t>(pos), end, lo->value});
    }
    const int32_t w = WordId(keys[i]);
    if (w < 0) return;
    auto it = edges_.find(EdgeKey(node, static_cast<uint32_t>(w)));
    if (it == edges_.end()) return;
    node = it->second;
    for (uint32_t v = node_first_value_[node]; v < node_first_value_[node + 1]; ++v)
      out->push_back({static_cast<uint32_t>(pos), end, values_[v]});
  }
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindLongest(const std::vector<std::string>& keys) const {
  std::vector<Match> out;
  std::vector<uint32_t> values;
  size_t pos = 0;
  while (pos < keys.size()) {
    const size_t len = LongestAt(keys, pos, &values);
    if (len == 0) {
      ++pos;
      continue;
    }
    for (uint32_t v : values)
      out.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + len), v});
    pos += len;
  }
  return out;
}

bool PhraseMatcher::ContainsAny(const std::vector<std::string>& keys) const {
  std::vector<uint32_t> values;
  for (size_t pos = 0; pos < keys.size(); ++pos)
    if (LongestAt(keys, pos, &values) > 0) return true;
  return false;
}

}  // namespace dyad::dict
