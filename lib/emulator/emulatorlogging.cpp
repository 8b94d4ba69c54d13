#include "emulatorlogging.h"

namespace brickdesk::emulator {
Q_LOGGING_CATEGORY(lcEmulator, "brickdesk.emulator")
} // namespace brickdesk::emulator
