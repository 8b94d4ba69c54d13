#include "api/tlstrust.h"

#include "api/apilogging.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkProxyFactory>
#include <QSet>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QStringList TlsTrust::environmentCaPaths(const QProcessEnvironment &env)
{
    QStringList paths;
    for (const QString &name :
        {u"SSL_CERT_FILE"_s, u"SSL_CERT_DIR"_s, u"REQUESTS_CA_BUNDLE"_s, u"CURL_CA_BUNDLE"_s}) {
        // SSL_CERT_DIR may list several directories, as OpenSSL and Go read it.
        const QStringList values = name == u"SSL_CERT_DIR"_s
            ? env.value(name).split(QDir::listSeparator(), Qt::SkipEmptyParts)
            : QStringList {env.value(name)};
        for (const QString &value : values) {
            if (!value.isEmpty() && QFileInfo::exists(value) && !paths.contains(value))
                paths.append(value);
        }
    }
    return paths;
}

QList<QSslCertificate> TlsTrust::load(const QStringList &paths, QStringList *errors)
{
    QList<QSslCertificate> certificates;
    // A directory such as /etc/ssl/certs names most certificates twice (file and hash link):
    // comparing each with every one kept was quadratic, about half a second per start.
    QSet<QByteArray> seen;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QFileInfo info(path);
        QList<QSslCertificate> found;
        if (info.isDir()) {
            const auto files = QDir(path).entryInfoList(QDir::Files | QDir::Readable);
            for (const QFileInfo &file : files)
                found += QSslCertificate::fromPath(file.filePath(), QSsl::Pem);
        } else {
            found = QSslCertificate::fromPath(path, QSsl::Pem);
        }
        if (found.isEmpty()) {
            if (errors)
                errors->append(info.exists() ? u"%1: no PEM certificate in it"_s.arg(path)
                                             : u"%1: does not exist"_s.arg(path));
            continue;
        }
        for (const QSslCertificate &certificate : std::as_const(found)) {
            if (certificate.isNull())
                continue;
            const qsizetype known = seen.size();
            seen.insert(certificate.toDer());
            if (seen.size() > known)
                certificates.append(certificate);
        }
    }
    return certificates;
}

int TlsTrust::install(const QStringList &extraCaPaths, QStringList *errors, const QProcessEnvironment &env)
{
    // The system or environment (http_proxy, https_proxy, no_proxy) proxy for every request.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    const QList<QSslCertificate> extra = load(extraCaPaths + environmentCaPaths(env), errors);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Start from the system store each time, so a CA removed from Preferences is dropped.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates());
    configuration.addCaCertificates(extra);
    QSslConfiguration::setDefaultConfiguration(configuration);
    if (!extra.isEmpty())
        qCInfo(lcApi) << "trusting" << extra.size() << "certificate authorities besides the system's";
    return int(extra.size());
}

} // namespace brickdesk
