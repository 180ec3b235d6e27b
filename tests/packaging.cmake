# Packaging tests (included from tests/CMakeLists.txt): the Slack app manifest in packaging/
# asks for exactly the scopes and events the code needs.
shiftdesk_test(tst_slackmanifest SOURCES packaging/tst_slackmanifest.cpp LIBS yaml-cpp LABELS unit)
target_compile_definitions(tst_slackmanifest PRIVATE SHIFTDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
