#pragma once

#include <QByteArray>

namespace brickdesk {

// PKCE (RFC 7636) as the Databricks CLI does it (guide §4.5): verifier = base64url of 64
// random bytes, challenge = base64url(SHA-256(verifier)), method S256; state = base64url of
// 16 random bytes. Random bytes come from QRandomGenerator::system() (the OS CSPRNG).
class Pkce final
{
public:
    static QByteArray randomUrlSafe(int bytes);
    static QByteArray newVerifier() { return randomUrlSafe(64); }
    static QByteArray newState() { return randomUrlSafe(16); }
    static QByteArray challenge(const QByteArray &verifier);
};

} // namespace brickdesk
