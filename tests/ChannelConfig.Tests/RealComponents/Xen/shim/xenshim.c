/*
 * xenshim: an LD_PRELOAD library that lets Xen 4.17's xenstored and xl run on a machine without
 * a hypervisor, for ChannelConfig's tests only (never shipped). It fakes just the hypervisor
 * handles: libxenctrl's interface (every domain exists, Xen 4.17, one CPU), event channels that
 * never fire, grant mappings backed by plain memory, and dom0's /proc/xen/xsd_port and xsd_kva.
 * Everything else (the store, its permissions, xl's parser, libxl's JSON) is the real code.
 * Set XENSHIM_LOG=1 to see which fakes are called.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#define LOG(...) do { if (getenv("XENSHIM_LOG")) fprintf(stderr, "xenshim: " __VA_ARGS__); } while (0)
#define DOMINFO_SIZE 112  /* sizeof(xc_dominfo_t) and sizeof(xc_domaininfo_t) in 4.17, x86_64 */
#define PHYSINFO_SIZE 112 /* sizeof(xc_physinfo_t) */

/* xl crashes on some inputs (as the real one does); no core files for those. */
__attribute__((constructor)) static void no_core_files(void)
{
    struct rlimit none = { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
}

/* libxenctrl: an opaque handle nobody looks into, since every call on it is faked here. */
void *xc_interface_open(void *logger, void *dombuild_logger, unsigned flags) { LOG("xc_interface_open\n"); return calloc(1, 64); }
int xc_interface_close(void *xch) { free(xch); return 0; }

/* Every domid names a running domain (xenstored checks this before it accepts a permission). */
int xc_domain_getinfo(void *xch, uint32_t first_domid, unsigned max_doms, void *info)
{
    LOG("xc_domain_getinfo %u\n", first_domid);
    if (max_doms == 0) return 0;
    memset(info, 0, DOMINFO_SIZE);
    *(uint32_t *)info = first_domid;
    return 1;
}

int xc_domain_getinfolist(void *xch, uint32_t first_domain, unsigned max_domains, void *info)
{
    if (max_domains == 0) return 0;
    memset(info, 0, DOMINFO_SIZE);
    *(uint16_t *)info = (uint16_t)first_domain;
    return 1;
}

/* Xen 4.17.7; a build id is refused (EPERM), which libxl takes as none. */
int xc_version(void *xch, int cmd, void *arg)
{
    LOG("xc_version %d\n", cmd);
    switch (cmd) {
    case 0: return (4 << 16) | 17;                                   /* XENVER_version */
    case 1: memset(arg, 0, 16); strcpy(arg, ".7"); return 0;          /* extraversion */
    case 2: memset(arg, 0, 144); return 0;                           /* compile_info */
    case 3: memset(arg, 0, 1024); strcpy(arg, "xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64"); return 0;
    case 4: memset(arg, 0, 64); return 0;                            /* changeset */
    case 5: memset(arg, 0, 8); return 0;                             /* platform_parameters */
    case 7: return 4096;                                             /* pagesize */
    case 9: memset(arg, 0, 1024); return 0;                          /* commandline */
    default: return -EPERM;
    }
}

/* One CPU, one node, 4 GiB (hvm and pv capable). */
int xc_physinfo(void *xch, void *out)
{
    uint32_t *p = out;
    memset(out, 0, PHYSINFO_SIZE);
    p[0] = p[1] = p[2] = p[4] = 1;            /* threads, cores, cpus, nodes */
    p[6] = 2000000;                           /* cpu_khz */
    p[7] = 3;                                 /* XEN_SYSCTL_PHYSCAP_hvm | _pv */
    *(uint64_t *)(p + 10) = 1u << 20;         /* total_pages */
    *(uint64_t *)(p + 12) = 1u << 19;         /* free_pages */
    return 0;
}
int xc_get_max_cpus(void *xch) { return 1; }
int xc_get_online_cpus(void *xch) { return 1; }
int xc_get_max_nodes(void *xch) { return 1; }
long xc_sharing_freed_pages(void *xch) { return 0; }
long xc_sharing_used_frames(void *xch) { return 0; }

/* Grant tables: a guest's ring page is plain zeroed memory. */
void *xengnttab_open(void *logger, unsigned flags) { return calloc(1, 16); }
int xengnttab_close(void *h) { free(h); return 0; }
int xengnttab_set_max_grants(void *h, uint32_t count) { return 0; }
void *xengnttab_map_grant_ref(void *h, uint32_t domid, uint32_t ref, int prot)
{
    void *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return page == MAP_FAILED ? NULL : page;
}
int xengnttab_unmap(void *h, void *start, uint32_t count) { return munmap(start, 4096 * (size_t)count); }

/* Event channels: a pipe nobody writes to, so poll() never wakes for one; ports are counted. */
struct xenshim_evtchn { int pipe[2]; int next_port; };
void *xenevtchn_open(void *logger, unsigned flags)
{
    struct xenshim_evtchn *h = calloc(1, sizeof *h);
    if (!h || pipe(h->pipe)) { free(h); return NULL; }
    h->next_port = 10;
    return h;
}
void *xenevtchn_fdopen(void *logger, int fd, unsigned flags) { return xenevtchn_open(logger, flags); }
int xenevtchn_close(struct xenshim_evtchn *h) { close(h->pipe[0]); close(h->pipe[1]); free(h); return 0; }
int xenevtchn_fd(struct xenshim_evtchn *h) { return h->pipe[0]; }
int xenevtchn_bind_virq(struct xenshim_evtchn *h, unsigned virq) { return h->next_port++; }
int xenevtchn_bind_interdomain(struct xenshim_evtchn *h, uint32_t domid, unsigned remote_port) { return h->next_port++; }
int xenevtchn_notify(void *h, unsigned port) { return 0; }
int xenevtchn_unbind(void *h, unsigned port) { return 0; }
int xenevtchn_pending(void *h) { errno = EAGAIN; return -1; }
int xenevtchn_unmask(void *h, unsigned port) { return 0; }

/* dom0's xenstore event channel and ring page, which xenstored reads from /proc/xen. */
static int memory_file(const char *content, off_t size)
{
    int fd = memfd_create("xenshim", 0);
    if (fd < 0) return -1;
    if (ftruncate(fd, size) != 0 || (content && write(fd, content, strlen(content)) < 0)) { close(fd); return -1; }
    lseek(fd, 0, SEEK_SET);
    return fd;
}

int open(const char *path, int flags, ...)
{
    static int (*real_open)(const char *, int, ...);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, mode_t); va_end(ap); }
    if (strcmp(path, "/proc/xen/xsd_port") == 0) return memory_file("1", 0);
    if (strcmp(path, "/proc/xen/xsd_kva") == 0) return memory_file(NULL, 4096);
    if (!real_open) real_open = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    return real_open(path, flags, mode);
}
