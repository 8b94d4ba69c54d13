#pragma once

#include <QLoggingCategory>

namespace brickdesk {

// "brickdesk.api": method, path, status and timing of each request. Never a token, header
// value or body.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace brickdesk
