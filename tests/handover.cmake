# Handover tests (included from tests/CMakeLists.txt).
