#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QStringList>

namespace brickdesk {

// Which certificate authorities HTTPS connections trust, for users behind a TLS-inspecting
// corporate proxy: the system store, plus CA files the user chose (Preferences) or named in
// the environment variables the Databricks tools read (SSL_CERT_FILE and SSL_CERT_DIR, as the
// Go-based CLI and SDK do; REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE, as the Python SDK does). It
// also makes every connection use the system's or the environment's HTTP(S) proxy.
//
// Only the trusted set grows: a certificate that does not chain to one of these CAs is still
// refused, and TLS errors are never ignored anywhere.
class TlsTrust final
{
public:
    // The CA files and directories the environment names, in the order above, existing ones only.
    static QStringList environmentCaPaths(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // PEM certificates from files and directories; what cannot be read is described in `errors`.
    static QList<QSslCertificate> load(const QStringList &paths, QStringList *errors = nullptr);

    // Makes the system store plus `extraCaPaths` and the environment's CA paths the default
    // of every TLS connection made afterwards (QSslConfiguration::defaultConfiguration()),
    // and turns on the system/environment proxy. Returns the number of extra certificates.
    static int install(const QStringList &extraCaPaths = {}, QStringList *errors = nullptr,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

private:
    TlsTrust() = delete;
};

} // namespace brickdesk
