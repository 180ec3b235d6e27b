#pragma once

#include "FakeAlerts.h"

namespace shiftdesk::test {

using fake::alertmanagerPost;

} // namespace shiftdesk::test
