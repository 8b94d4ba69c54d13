#include "certificatetrust.h"

#include "api/tlstrust.h"
#include "common/preferences.h"

#include <QCoreApplication>
#include <QDebug>
#include <QStringList>

namespace brickdesk {

void trustCertificateAuthorities()
{
    const auto trust = [](const QString &path) {
        QStringList errors;
        TlsTrust::install(path.isEmpty() ? QStringList() : QStringList {path}, &errors);
        for (const QString &error : std::as_const(errors))
            qWarning().noquote() << "certificate authorities not loaded:" << error;
    };
    trust(Preferences::instance()->caCertificatesPath());
    QObject::connect(Preferences::instance(), &Preferences::caCertificatesPathChanged, qApp, trust);
}

} // namespace brickdesk
