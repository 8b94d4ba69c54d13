#include "common/notifier.h"

#include "common/preferences.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{ }

Notifier::~Notifier()
{
    delete m_tray;
}

Notifier *Notifier::instance()
{
    static QPointer<Notifier> shared;
    if (!shared) {
        Q_ASSERT_X(QCoreApplication::instance(), "Notifier::instance", "needs a QApplication");
        shared = new Notifier(QCoreApplication::instance());
    }
    return shared;
}

bool Notifier::isDesktopNotificationAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QSystemTrayIcon *Notifier::trayIcon()
{
    if (!m_tray) {
        // The icon must be visible for showMessage(); it appears with the first notification.
        m_tray = new QSystemTrayIcon(QApplication::windowIcon());
        m_tray->setObjectName(u"notifierTrayIcon"_s);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit activated();
        });
        m_tray->show();
    }
    return m_tray;
}

bool Notifier::notify(const QString &title, const QString &body, Kind kind)
{
    emit notified(title, body, kind);
    if (!Preferences::instance()->notificationsEnabled() || !isDesktopNotificationAvailable())
        return false;
    const QSystemTrayIcon::MessageIcon icon
        = kind == Kind::Failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information;
    trayIcon()->showMessage(title, body, icon, 10000);
    return true;
}

} // namespace brickdesk
