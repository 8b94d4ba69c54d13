#pragma once

namespace brickdesk {

// Trusts the system store plus the CA file from Preferences and the environment (SSL_CERT_FILE
// & co.) for every connection of this process, again whenever Preferences' CA file changes.
// Called once, by the commands that connect (the GUI, export), not by --help or --version.
void trustCertificateAuthorities();

} // namespace brickdesk
