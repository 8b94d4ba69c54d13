#pragma once

#include "common/prompts.h"

namespace brickdesk {

// The jobs and runs screens ask through the application's one prompt hook.
using UserPrompts = Prompts;

} // namespace brickdesk
