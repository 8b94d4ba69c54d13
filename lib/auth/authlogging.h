#pragma once

#include <QLoggingCategory>

namespace brickdesk {

// "brickdesk.auth": key names, flows and errors; never a secret value.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace brickdesk
