# Handover tests (included from tests/CMakeLists.txt).
shiftdesk_test(tst_overnightwindow SOURCES unit/tst_overnightwindow.cpp LABELS unit)
shiftdesk_test(tst_handoverbuilder SOURCES unit/tst_handoverbuilder.cpp LABELS unit)
shiftdesk_test(tst_handoverservice SOURCES unit/tst_handoverservice.cpp support/HandoverServiceFixture.h support/AlarmFixtures.h LIBS shiftdesk_fakes LABELS unit)
shiftdesk_test(tst_overnight SOURCES unit/tst_overnight.cpp support/HandoverServiceFixture.h support/AlarmFixtures.h LIBS shiftdesk_fakes LABELS unit)
shiftdesk_test(tst_handoverpage GUI SOURCES gui/tst_handoverpage.cpp LIBS shiftdesk_fakes LABELS gui)
