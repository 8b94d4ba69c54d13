#pragma once

#include "services/notificationsink.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace brickdesk {

// Tells the user that something finished while they may be looking elsewhere, e.g. a watched
// run ended. Every notification is emitted as notified() (the main window shows it in the
// status bar and asks the window manager for attention); it is also shown as a desktop
// notification through the system tray when one exists and Preferences allow it.
//
//     Notifier::instance()->notify(tr("Run succeeded"), tr("“%1” finished in %2.").arg(...),
//                                  Notifier::Kind::Success);
class Notifier final
    : public QObject
    , public NotificationSink
{
    Q_OBJECT
public:
    enum class Kind { Information, Success, Failure };
    Q_ENUM(Kind)

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    // The process-wide notifier (owned by the application).
    static Notifier *instance();

    // Returns true when a desktop notification was shown.
    bool notify(const QString &title, const QString &body, Kind kind = Kind::Information);

    // For services (watch rules): the same as notify().
    void showNotification(const QString &title, const QString &body, bool failure) override
    {
        notify(title, body, failure ? Kind::Failure : Kind::Information);
    }

    // A system tray exists to show desktop notifications.
    static bool isDesktopNotificationAvailable();

signals:
    void notified(const QString &title, const QString &body, brickdesk::Notifier::Kind kind);
    // The user clicked the notification or the tray icon.
    void activated();

private:
    QSystemTrayIcon *trayIcon();

    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace brickdesk
