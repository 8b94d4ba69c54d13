# The whole of a test that must fail: prints MESSAGE and exits non-zero.
message(FATAL_ERROR "${MESSAGE}")
