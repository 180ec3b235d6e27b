# Support-queue tests (included from tests/CMakeLists.txt).
