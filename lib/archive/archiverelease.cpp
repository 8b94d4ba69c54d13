#include "archiverelease.h"

namespace brickdesk {

ArchiveRelease *ArchiveRelease::instance()
{
    static ArchiveRelease release;
    return &release;
}

} // namespace brickdesk
