#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace brickdesk {

// The outcome of one SecretStore operation. value is set only by a successful read.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // read: no such entry (remove treats it as success)
        Unavailable, // no usable keychain: no Secret Service, locked, access refused
        Failed, // any other error
    };

    Status status = Status::Ok;
    QString value;
    QString message; // the backend's own message, for logs and details; never a secret

    bool ok() const { return status == Status::Ok; }
};

// Where Brickdesk keeps secrets (personal access tokens, OAuth refresh tokens, client
// secrets). Asynchronous so a keychain prompt never blocks the GUI thread. Key names may be
// logged; values never are.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &result)>;

    enum class Kind { PersonalAccessToken, ClientSecret, RefreshToken };

    using QObject::QObject;
    ~SecretStore() override = default;

    // done is called exactly once, asynchronously, unless context is destroyed first.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // False for a store that forgets everything when the application quits.
    virtual bool isPersistent() const = 0;

    // "<host>|<profile or workspace id>|<kind>", e.g. "https://x.cloud.databricks.com|prod|pat".
    static QString key(const QString &host, const QString &profileOrWorkspaceId, Kind kind);
    static QString kindName(Kind kind);
    // A sentence for people when the keychain cannot be used, with the backend's reason
    // turned into words and the session-only alternative named.
    static QString unavailableMessage(const QString &backendMessage);
};

} // namespace brickdesk
