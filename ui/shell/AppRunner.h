#pragma once

namespace shiftdesk {

// Start-up: command line, profile, single instance, storage, services and the main window.
class AppRunner
{
public:
    static int run(int& argc, char** argv);
};

} // namespace shiftdesk
