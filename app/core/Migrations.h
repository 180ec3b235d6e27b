#pragma once

#include <QStringList>

#include <vector>

namespace shiftdesk {

// Schema migrations: entry N upgrades the database from user_version N to N + 1.
// Never edit a released step; append a new one.
const std::vector<QStringList>& migrations();

} // namespace shiftdesk
