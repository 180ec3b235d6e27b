// Shiftdesk: the desktop companion for a platform team's support shift.

#include "shell/AppRunner.h"

int main(int argc, char* argv[])
{
    return shiftdesk::AppRunner::run(argc, argv);
}
