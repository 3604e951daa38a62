#include "ingest/html_extract.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(HtmlExtractTest, MetadataAndBlocks) {
  const char* html = R"(<html><head><title>Talks resume | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2023-06-01T08:00:00Z">
<link rel="canonical" href="https://example.org/a"></head>
<body><nav><a>Home</a><a>World</a></nav><header><p>Site header text</p></header>
<article><h1>Talks resume</h1>
<div class="social-share">Share on X</div>
<p>Envoys met in <b>Geneva</b> on Thursday &amp; agreed to continue.</p>
<figure><img src="x.jpg"><figcaption>Envoys arrive. Photo: Jane Roe</figcaption></figure>
<h2>Next steps</h2><p>They will meet again<br>in July.</p>
<script>var x = "<p>not text</p>";</script>
<p style="display: none">hidden text</p>
</article><aside><p>Related stories</p></aside><footer>Copyright</footer></body></html>)";
  HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.title, "Talks resume");
  EXPECT_EQ(page.site_name, "Example Times");
  EXPECT_EQ(page.url, "https://example.org/a");
  EXPECT_EQ(page.date, "2023-06-01T08:00:00Z");
  std::vector<std::pair<Role, std::string>> want = {
      {Role::kHeading, "Talks resume"},
      {Role::kBody, "Envoys met in Geneva on Thursday & agreed to continue."},
      {Role::kCaption, "Envoys arrive. Photo: Jane Roe"},
      {Role::kHeading, "Next steps"},
      {Role::kBody, "They will meet again"},
      {Role::kBody, "in July."}};
  ASSERT_EQ(page.blocks.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(page.blocks[i].role, want[i].first) << i;
    EXPECT_EQ(page.blocks[i].text, want[i].second) << i;
  }
}

TEST(HtmlExtractTest, JsonLdAndArticleBody) {
  const char* html = R"(<html><head><script type="application/ld+json">
{"@graph": [{"@type": "NewsArticle", "headline": "Vote held", "datePublished": "2022-10-30",
 "publisher": {"name": "Daily Example"}}]}</script></head>
<body><div>Menu text</div><div itemprop="articleBody"><p>Voters went to the polls.</p></div></body></html>)";
  HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.title, "Vote held");
  EXPECT_EQ(page.date, "2022-10-30");
  EXPECT_EQ(page.site_name, "Daily Example");
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "Voters went to the polls.");
}

TEST(HtmlExtractTest, DeepNestingDoesNotOverflow) {
  std::string html = "<html><body>";
  for (int i = 0; i < 3000; ++i) html += "<span>";  // gumbo itself is slow (superlinear) on much deeper trees
  html += "deep text";
  HtmlPage page = ExtractHtml(html);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "deep text");
}

TEST(HtmlExtractTest, NoBody) {
  HtmlPage page = ExtractHtml("<html><head><title>x</title></head></html>");
  EXPECT_TRUE(page.blocks.empty());
  EXPECT_FALSE(page.has_body);
}

}  // namespace
}  // namespace dyad
