// Placeholder until the emulator helper writes the standalone server's entry point.
int main()
{
    return 1;
}
