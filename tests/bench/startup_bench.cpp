// Start-up benchmark: cold start to the first painted main window, and peak memory, of
// shiftdesk next to a bare Qt Widgets window measured in the same run. Prints numbers; it does
// not pass or fail on them.
//   startup_bench SHIFTDESK BARE_WINDOW [RUNS]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Sample
{
    double paintMs = 0; // start to the first paint (the child says when)
    double ms = 0;      // start to the process's exit
    long peakKiB = 0;
    bool ok = false;
};

Sample runOnce(const std::string& exe, bool isShiftdesk, const std::string& home)
{
    Sample s;
    int out[2];
    if (pipe(out) != 0)
        return s;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        setenv("HOME", home.c_str(), 1);
        setenv("XDG_CONFIG_HOME", (home + "/config").c_str(), 1);
        setenv("XDG_DATA_HOME", (home + "/data").c_str(), 1);
        if (isShiftdesk)
            execl(exe.c_str(), exe.c_str(), "--profile", "bench", "--quit-after-first-paint",
                  static_cast<char*>(nullptr));
        else
            execl(exe.c_str(), exe.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    std::string said;
    char buffer[256];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        said.append(buffer, size_t(n));
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return s;
    const std::string::size_type at = said.find("first-paint ");
    if (at == std::string::npos)
        return s;
    const long long paintNs = std::atoll(said.c_str() + at + 12);
    s.paintMs = double(paintNs - std::chrono::duration_cast<std::chrono::nanoseconds>(
                                     start.time_since_epoch())
                                     .count()) /
                1e6;
    s.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    s.peakKiB = usage.ru_maxrss;
    s.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: startup_bench SHIFTDESK BARE_WINDOW [RUNS]\n");
        return 2;
    }
    const std::string shiftdesk = argv[1];
    const std::string bare = argv[2];
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
    char tmpl[] = "/tmp/shiftdesk-bench-XXXXXX";
    const char* dir = mkdtemp(tmpl);
    if (!dir)
        return 1;
    const std::string home = dir;

    // One warm-up each so both start from the same (page-cached) state; the first shiftdesk
    // run also creates the profile's database, as any later start finds it.
    runOnce(shiftdesk, true, home);
    runOnce(bare, false, home);

    std::vector<double> appMs, bareMs, appPaint, barePaint, appKiB, bareKiB;
    for (int i = 0; i < runs; ++i) {
        const Sample a = runOnce(shiftdesk, true, home);
        const Sample b = runOnce(bare, false, home);
        if (!a.ok || !b.ok) {
            std::fprintf(stderr, "a run failed (shiftdesk ok=%d, bare ok=%d)\n", a.ok, b.ok);
            return 1;
        }
        appMs.push_back(a.ms);
        bareMs.push_back(b.ms);
        appPaint.push_back(a.paintMs);
        barePaint.push_back(b.paintMs);
        appKiB.push_back(double(a.peakKiB));
        bareKiB.push_back(double(b.peakKiB));
    }
    const double am = median(appMs), bm = median(bareMs);
    const double ap = median(appPaint), bp = median(barePaint);
    const double ak = median(appKiB), bk = median(bareKiB);
    std::printf("start-up (median of %d, offscreen): to the first paint, to the process's exit "
                "after it\n",
                runs);
    std::printf("  shiftdesk    %8.1f ms  %8.1f ms   peak RSS %8.1f MiB\n", ap, am, ak / 1024.0);
    std::printf("  bare window  %8.1f ms  %8.1f ms   peak RSS %8.1f MiB\n", bp, bm, bk / 1024.0);
    std::printf("  ratio        %8.2fx    %8.2fx     memory   %8.2fx   (target: within 2x)\n",
                ap / bp, am / bm, ak / bk);
    std::string cleanup = "rm -rf '" + home + "'";
    if (std::system(cleanup.c_str()) != 0)
        return 1;
    return 0;
}
