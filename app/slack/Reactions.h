#pragma once

#include <QJsonObject>
#include <QString>

namespace shiftdesk {

// Applies a reaction_added / reaction_removed event to a stored message's `reactions` array
// (as conversations.history returns it: name, users, count), so a cached message stays what a
// new read would return. A reaction whose last user went is removed.
QJsonObject withReaction(QJsonObject message, const QString& name, const QString& userId,
                         bool added);

} // namespace shiftdesk
