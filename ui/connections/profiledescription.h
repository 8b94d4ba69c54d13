#pragma once

#include <QString>

namespace brickdesk {

class ResolvedConfig;

// How the connection dialog words a ~/.databrickscfg profile (in its translation context).
namespace profiledescription {

// The sign-in method a profile's auth_type stands for, for people ("personal access token");
// an auth_type it does not know, as it is.
QString methodLabel(const QString &authType);

// The profile's method and every setting with where it came from (file, environment...), as
// rich text; secrets are hidden.
QString settingsHtml(const ResolvedConfig &config);

} // namespace profiledescription

} // namespace brickdesk
