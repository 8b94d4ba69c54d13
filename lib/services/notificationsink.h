#pragma once

#include <QString>

namespace brickdesk {

// Where services send what the user should hear about while looking elsewhere (a watch rule
// fired). The application's is a desktop notification (ui/common/notifier); tests record.
class NotificationSink
{
public:
    virtual ~NotificationSink() = default;
    // `failure` marks bad news (a failed run) against information (a long run).
    virtual void showNotification(const QString &title, const QString &body, bool failure) = 0;
};

} // namespace brickdesk
