#include "SupportRequest.h"

#include <QCoreApplication>

namespace shiftdesk {

QString defaultSupportChannelName()
{
    return QStringLiteral("ask-cloud-platform");
}

QString SupportRequest::stateName(State state)
{
    switch (state) {
    case State::New:
        return QStringLiteral("new");
    case State::Claimed:
        return QStringLiteral("claimed");
    case State::Answered:
        return QStringLiteral("answered");
    case State::Ticketed:
        return QStringLiteral("ticketed");
    }
    return {};
}

QString SupportRequest::stateLabel(State state)
{
    switch (state) {
    case State::New:
        return QCoreApplication::translate("SupportRequest", "New");
    case State::Claimed:
        return QCoreApplication::translate("SupportRequest", "Claimed");
    case State::Answered:
        return QCoreApplication::translate("SupportRequest", "Answered");
    case State::Ticketed:
        return QCoreApplication::translate("SupportRequest", "Ticketed");
    }
    return {};
}

} // namespace shiftdesk
