#include "auth/authlogging.h"

namespace brickdesk {

Q_LOGGING_CATEGORY(lcAuth, "brickdesk.auth", QtInfoMsg)

} // namespace brickdesk
