#pragma once

#include <QLoggingCategory>

namespace brickdesk::emulator {
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
} // namespace brickdesk::emulator
