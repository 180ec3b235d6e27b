# Support-queue tests (included from tests/CMakeLists.txt).
shiftdesk_test(tst_supportmodel SOURCES unit/tst_supportmodel.cpp LABELS unit)
shiftdesk_test(tst_supportfeed SOURCES unit/tst_supportfeed.cpp LIBS shiftdesk_fakes LABELS unit)
shiftdesk_test(tst_supportpage GUI SOURCES gui/tst_supportpage.cpp support/GitHubTestEnvironment.h LIBS shiftdesk_fakes LABELS gui)
