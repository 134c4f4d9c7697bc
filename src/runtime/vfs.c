/*
** vfs.c -- the virtual file system: a tree of in-memory directories and
** files. Lookups that miss fall through to the host's files when the port
** provided read callbacks (so the native CLI imports modules from disk);
** writes always stay in memory.
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vfs.h"

typedef struct VNode {
    char *name;
    int kind;                 /* VFS_FILE or VFS_DIR */
    char *data;               /* file contents */
    size_t len;
    struct VNode *children;   /* directories */
    struct VNode *next;       /* siblings */
    double atime, mtime, ctime;
    uint64_t ino;
    int mode;                 /* permission bits */
} VNode;

typedef struct Vfs {
    VNode root;
    char *cwd;
    uint64_t next_ino;
    VfsFd *fds;               /* indexed by descriptor; 0-2 are stdio */
    int nfds;
} Vfs;

static Vfs *vfs_of(VM *vm) { return (Vfs *)vm->vfs; }

static double now_seconds(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return 0.0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A new node's identity and times. */
static void node_stamp(Vfs *v, VNode *n, int kind) {
    n->kind = kind;
    n->ino = ++v->next_ino;
    n->atime = n->mtime = n->ctime = now_seconds();
    n->mode = kind == VFS_DIR ? 0755 : 0644;
}

int vfs_init(VM *vm) {
    Vfs *v = calloc(1, sizeof(Vfs));
    if (!v) return -1;
    node_stamp(v, &v->root, VFS_DIR);
    v->root.name = NULL;
    v->cwd = strdup("/");
    vm->vfs = v;
    return v->cwd ? 0 : -1;
}

static void node_free(VNode *n) {
    VNode *c = n->children;
    while (c) {
        VNode *next = c->next;
        node_free(c);
        free(c);
        c = next;
    }
    free(n->name);
    free(n->data);
}

void vfs_free(VM *vm) {
    Vfs *v = vfs_of(vm);
    if (!v) return;
    node_free(&v->root);
    free(v->cwd);
    for (int i = 0; i < v->nfds; i++) free(v->fds[i].path);
    free(v->fds);
    free(v);
    vm->vfs = NULL;
}

const char *vfs_getcwd(VM *vm) { return vfs_of(vm)->cwd; }

/* Join with the cwd and resolve "." and "..": "/a/b/../c" -> "/a/c". */
char *vfs_abspath(VM *vm, const char *path) {
    const char *cwd = vfs_of(vm)->cwd;
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *joined = malloc(n);
    char *out = malloc(n + 1);
    if (!joined || !out) {
        free(joined);
        free(out);
        return NULL;
    }
    if (path[0] == '/') strcpy(joined, path);
    else snprintf(joined, n, "%s/%s", cwd, path);
    size_t len = 0;
    out[len++] = '/';
    char *save = NULL;
    for (char *seg = strtok_r(joined, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
        if (strcmp(seg, ".") == 0) continue;
        if (strcmp(seg, "..") == 0) {
            while (len > 1 && out[len - 1] != '/') len--;
            if (len > 1) len--;
            continue;
        }
        if (len > 1) out[len++] = '/';
        size_t sl = strlen(seg);
        memcpy(out + len, seg, sl);
        len += sl;
    }
    out[len] = 0;
    free(joined);
    return out;
}

/* The node at [abs] (absolute, normalized); with create, make missing
** directories on the way (and the last one when last_is_dir). */
static VNode *walk(Vfs *v, VNode *root, const char *abs, bool create, bool last_is_dir) {
    VNode *cur = root;
    const char *p = abs;
    while (*p == '/') p++;
    while (*p) {
        const char *end = strchr(p, '/');
        size_t sl = end ? (size_t)(end - p) : strlen(p);
        if (cur->kind != VFS_DIR) return NULL;
        VNode *c = cur->children;
        while (c && !(strlen(c->name) == sl && memcmp(c->name, p, sl) == 0)) c = c->next;
        if (!c) {
            if (!create || (!end && !last_is_dir)) return NULL;
            c = calloc(1, sizeof(VNode));
            if (!c) return NULL;
            c->name = malloc(sl + 1);
            if (!c->name) {
                free(c);
                return NULL;
            }
            memcpy(c->name, p, sl);
            c->name[sl] = 0;
            node_stamp(v, c, VFS_DIR);
            c->next = cur->children;
            cur->children = c;
            cur->mtime = c->mtime;
        }
        cur = c;
        p += sl;
        while (*p == '/') p++;
    }
    return cur;
}

static int host_kind(VM *vm, const char *path) {
    if (!vm->config.file_kind) return VFS_NONE;
    return vm->config.file_kind(vm->config.file_ctx, path);
}

/* The path as the host should see it: relative paths stay relative to
** the process's own directory when the VFS cwd is the root. */
static const char *host_path(VM *vm, const char *path, const char *abs) {
    return path[0] == '/' || strcmp(vfs_of(vm)->cwd, "/") != 0 ? abs : path;
}

/* /dev/null exists everywhere: empty to read, swallowing writes. */
static bool is_devnull(const char *abs) { return strcmp(abs, "/dev/null") == 0; }

int vfs_kind(VM *vm, const char *path) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return VFS_NONE;
    if (is_devnull(abs)) {
        free(abs);
        return VFS_FILE;
    }
    VNode *n = walk(vfs_of(vm), &vfs_of(vm)->root, abs, false, false);
    int k = n ? n->kind : host_kind(vm, host_path(vm, path, abs));
    free(abs);
    return k;
}

char *vfs_read(VM *vm, const char *path, size_t *len) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return NULL;
    if (is_devnull(abs)) {
        free(abs);
        *len = 0;
        return calloc(1, 1);
    }
    VNode *n = walk(vfs_of(vm), &vfs_of(vm)->root, abs, false, false);
    char *copy = NULL;
    if (n && n->kind == VFS_FILE) {
        copy = malloc(n->len + 1);
        if (copy) {
            memcpy(copy, n->data, n->len);
            copy[n->len] = 0;
            *len = n->len;
        }
    } else if (!n && vm->config.read_file) {
        size_t hl = 0;
        char *data = vm->config.read_file(vm->config.file_ctx, host_path(vm, path, abs), &hl);
        if (data) {
            copy = realloc(data, hl + 1);
            if (copy) {
                copy[hl] = 0;
                *len = hl;
            } else {
                free(data);
            }
        }
    }
    free(abs);
    return copy;
}

int vfs_write(VM *vm, const char *path, const void *data, size_t len, bool append) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return -1;
    if (is_devnull(abs)) {
        free(abs);
        return 0;
    }
    char *slash = strrchr(abs, '/');
    VNode *dir;
    if (slash == abs) dir = &vfs_of(vm)->root;
    else {
        *slash = 0;
        dir = walk(vfs_of(vm), &vfs_of(vm)->root, abs, true, true);
        *slash = '/';
    }
    int r = -1;
    if (dir && dir->kind == VFS_DIR && slash[1]) {
        VNode *n = walk(vfs_of(vm), dir, slash + 1, false, false);
        if (!n) {
            n = calloc(1, sizeof(VNode));
            if (n) {
                n->name = strdup(slash + 1);
                node_stamp(vfs_of(vm), n, VFS_FILE);
                n->next = dir->children;
                dir->children = n;
                dir->mtime = n->mtime;
            }
        }
        if (n && n->kind == VFS_FILE) {
            size_t base = append ? n->len : 0;
            char *buf = realloc(n->data, base + len + 1);
            if (buf) {
                memcpy(buf + base, data, len);
                buf[base + len] = 0;
                n->data = buf;
                n->len = base + len;
                n->mtime = n->ctime = now_seconds();
                r = 0;
            }
        }
    }
    free(abs);
    return r;
}

int vfs_mkdir(VM *vm, const char *path, bool parents) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return -1;
    int r = -1;
    if (!walk(vfs_of(vm), &vfs_of(vm)->root, abs, false, false)) {
        char *slash = strrchr(abs, '/');
        bool parent_ok = parents || slash == abs;
        if (!parent_ok) {
            *slash = 0;
            VNode *p = walk(vfs_of(vm), &vfs_of(vm)->root, abs, false, false);
            /* a parent only the host has (the CLI's /tmp) will do: the
               in-memory path down to it is made as needed */
            parent_ok = p ? p->kind == VFS_DIR : vfs_kind(vm, abs) == VFS_DIR;
            *slash = '/';
        }
        if (parent_ok && walk(vfs_of(vm), &vfs_of(vm)->root, abs, true, true)) r = 0;
    }
    free(abs);
    return r;
}

static VNode *parent_of(VM *vm, char *abs, char **leaf) {
    char *slash = strrchr(abs, '/');
    *leaf = slash + 1;
    if (slash == abs) return &vfs_of(vm)->root;
    *slash = 0;
    VNode *p = walk(vfs_of(vm), &vfs_of(vm)->root, abs, false, false);
    *slash = '/';
    return p;
}

static VNode *unlink_child(VNode *dir, const char *name) {
    for (VNode **link = &dir->children; *link; link = &(*link)->next) {
        if (strcmp((*link)->name, name) == 0) {
            VNode *n = *link;
            *link = n->next;
            n->next = NULL;
            return n;
        }
    }
    return NULL;
}

int vfs_remove(VM *vm, const char *path) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return -1;
    char *leaf;
    VNode *dir = parent_of(vm, abs, &leaf);
    int r = -1;
    if (dir && *leaf) {       /* never the root itself */
        VNode *n = walk(vfs_of(vm), dir, leaf, false, false);
        if (n && (n->kind == VFS_FILE || !n->children)) {
            unlink_child(dir, leaf);
            node_free(n);
            free(n);
            r = 0;
        }
    }
    free(abs);
    return r;
}

bool vfs_is_within(const char *dir, const char *path) {
    size_t n = strlen(dir);
    return strncmp(dir, path, n) == 0 && (path[n] == '/' || (n == 1 && dir[0] == '/')) && path[n] != 0;
}

int vfs_rename(VM *vm, const char *from, const char *to) {
    char *a = vfs_abspath(vm, from), *b = vfs_abspath(vm, to);
    int r = -1;
    char *la = NULL, *lb = NULL;
    /* a directory cannot move into its own subtree */
    if (a && b && vfs_is_within(a, b)) {
        free(a);
        free(b);
        return -1;
    }
    VNode *da = a ? parent_of(vm, a, &la) : NULL;
    VNode *db = b ? parent_of(vm, b, &lb) : NULL;
    if (da && db && db->kind == VFS_DIR && *la && *lb) {
        VNode *n = unlink_child(da, la);
        if (n) {
            VNode *old = unlink_child(db, lb);
            if (old) {
                node_free(old);
                free(old);
            }
            free(n->name);
            n->name = strdup(lb);
            n->next = db->children;
            db->children = n;
            r = 0;
        }
    }
    free(a);
    free(b);
    return r;
}

char **vfs_listdir(VM *vm, const char *path, size_t *count) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return NULL;
    VNode *n = walk(vfs_of(vm), &vfs_of(vm)->root, abs, false, false);
    free(abs);
    if (!n || n->kind != VFS_DIR) return NULL;
    size_t k = 0;
    for (VNode *c = n->children; c; c = c->next) k++;
    char **names = calloc(k + 1, sizeof(char *));
    if (!names) return NULL;
    /* children are kept newest first: list them in creation order */
    size_t i = k;
    for (VNode *c = n->children; c; c = c->next) names[--i] = strdup(c->name);
    *count = k;
    return names;
}

int vfs_chdir(VM *vm, const char *path) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return -1;
    if (vfs_kind(vm, abs) != VFS_DIR) {
        free(abs);
        return -1;
    }
    free(vfs_of(vm)->cwd);
    vfs_of(vm)->cwd = abs;
    return 0;
}

/* ---- metadata ---- */

/* The in-memory node at [path], or NULL (missing, or only the host has it). */
static VNode *node_at(VM *vm, const char *path) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return NULL;
    VNode *n = walk(vfs_of(vm), &vfs_of(vm)->root, abs, false, false);
    free(abs);
    return n;
}

int vfs_stat(VM *vm, const char *path, VfsStat *st) {
    memset(st, 0, sizeof *st);
    VNode *n = node_at(vm, path);
    if (n) {
        st->kind = n->kind;
        st->size = n->kind == VFS_FILE ? n->len : 4096;
        st->atime = n->atime;
        st->mtime = n->mtime;
        st->ctime = n->ctime;
        st->ino = n->ino;
        st->mode = n->mode;
        return 0;
    }
    st->kind = vfs_kind(vm, path);
    if (st->kind == VFS_NONE) return -1;
    st->mode = st->kind == VFS_DIR ? 0755 : 0644;
    st->size = 4096;
    if (st->kind == VFS_FILE) {
        size_t len = 0;
        char *data = vfs_read(vm, path, &len);
        free(data);
        st->size = len;
    }
    return 0;
}

/* Make a file only the host has an in-memory one, so it can change. */
static VNode *materialize(VM *vm, const char *path) {
    VNode *n = node_at(vm, path);
    if (n) return n;
    size_t len = 0;
    char *data = vfs_read(vm, path, &len);
    if (!data) return NULL;
    int r = vfs_write(vm, path, data, len, false);
    free(data);
    return r < 0 ? NULL : node_at(vm, path);
}

static int node_resize(VNode *n, size_t len) {
    if (len > n->len || !n->data) {
        char *buf = realloc(n->data, len + 1);
        if (!buf) return -1;
        memset(buf + n->len, 0, len + 1 - n->len);
        n->data = buf;
    }
    n->len = len;
    n->data[len] = 0;
    n->mtime = n->ctime = now_seconds();
    return 0;
}

int vfs_pwrite(VM *vm, const char *path, size_t off, const void *data, size_t len) {
    if (vfs_kind(vm, path) == VFS_FILE && !node_at(vm, path)) {
        char *abs = vfs_abspath(vm, path);
        bool null = abs && is_devnull(abs);
        free(abs);
        if (null) return 0;
    }
    VNode *n = materialize(vm, path);
    if (!n || n->kind != VFS_FILE) return -1;
    size_t old = n->len;
    if (off + len > old && node_resize(n, off + len) < 0) return -1;
    if (len) memcpy(n->data + off, data, len);
    n->mtime = n->ctime = now_seconds();
    return 0;
}

int vfs_truncate(VM *vm, const char *path, size_t len) {
    VNode *n = materialize(vm, path);
    if (!n || n->kind != VFS_FILE) return -1;
    return node_resize(n, len);
}

int vfs_set_times(VM *vm, const char *path, double atime, double mtime) {
    VNode *n = node_at(vm, path);
    if (!n && vfs_kind(vm, path) == VFS_FILE) n = materialize(vm, path);
    if (!n) return -1;
    n->atime = atime;
    n->mtime = mtime;
    return 0;
}

int vfs_chmod(VM *vm, const char *path, int mode) {
    VNode *n = node_at(vm, path);
    if (!n && vfs_kind(vm, path) == VFS_FILE) n = materialize(vm, path);
    if (!n) return -1;
    n->mode = mode & 07777;
    n->ctime = now_seconds();
    return 0;
}

double vfs_now(void) { return now_seconds(); }

/* ---- descriptors ---- */

int vfs_fd_open(VM *vm, const char *path, int flags) {
    Vfs *v = vfs_of(vm);
    int fd = 3;
    while (fd < v->nfds && v->fds[fd].path) fd++;
    if (fd >= v->nfds) {
        int n = v->nfds ? v->nfds * 2 : 16;
        VfsFd *t = realloc(v->fds, (size_t)n * sizeof(VfsFd));
        if (!t) return -1;
        memset(t + v->nfds, 0, (size_t)(n - v->nfds) * sizeof(VfsFd));
        v->fds = t;
        v->nfds = n;
    }
    char *abs = vfs_abspath(vm, path);
    if (!abs) return -1;
    v->fds[fd].path = abs;
    v->fds[fd].pos = 0;
    v->fds[fd].flags = flags;
    return fd;
}

VfsFd *vfs_fd(VM *vm, int fd) {
    Vfs *v = vfs_of(vm);
    if (fd < 0 || fd >= v->nfds || !v->fds[fd].path) return NULL;
    return &v->fds[fd];
}

int vfs_fd_close(VM *vm, int fd) {
    VfsFd *f = vfs_fd(vm, fd);
    if (!f) return -1;
    free(f->path);
    f->path = NULL;
    return 0;
}
