// Pipeline::Load reports a splitter model that cannot be loaded as a Status
// naming the file (the CLI prints it and exits with 3), never by exiting.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/file.h"

namespace dyad {
namespace {

TEST(PipelineLoadTest, MissingSplitterModelIsAStatusNamingTheFile) {
  PipelineOptions o;
  o.splitter_model = "/nonexistent/dyad/models/splitter.dyad";
  auto p = Pipeline::Load(o);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("/nonexistent/dyad/models/splitter.dyad"), std::string::npos)
      << p.status().ToString();
}

TEST(PipelineLoadTest, CorruptSplitterModelIsAStatusNamingTheFile) {
  std::string path = (std::filesystem::temp_directory_path() / "dyad_pipeline_bad_splitter.dyad").string();
  ASSERT_TRUE(WriteFile(path, "DYADSPL but not a model").ok());
  PipelineOptions o;
  o.splitter_model = path;
  auto p = Pipeline::Load(o);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find(path), std::string::npos) << p.status().ToString();
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace dyad
