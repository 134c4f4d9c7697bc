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

#include "vfs.h"

typedef struct VNode {
    char *name;
    int kind;                 /* VFS_FILE or VFS_DIR */
    char *data;               /* file contents */
    size_t len;
    struct VNode *children;   /* directories */
    struct VNode *next;       /* siblings */
} VNode;

typedef struct Vfs {
    VNode root;
    char *cwd;
} Vfs;

static Vfs *vfs_of(VM *vm) { return (Vfs *)vm->vfs; }

int vfs_init(VM *vm) {
    Vfs *v = calloc(1, sizeof(Vfs));
    if (!v) return -1;
    v->root.kind = VFS_DIR;
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
static VNode *walk(VNode *root, const char *abs, bool create, bool last_is_dir) {
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
            c->kind = VFS_DIR;
            c->next = cur->children;
            cur->children = c;
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

int vfs_kind(VM *vm, const char *path) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return VFS_NONE;
    VNode *n = walk(&vfs_of(vm)->root, abs, false, false);
    int k = n ? n->kind : host_kind(vm, host_path(vm, path, abs));
    free(abs);
    return k;
}

char *vfs_read(VM *vm, const char *path, size_t *len) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return NULL;
    VNode *n = walk(&vfs_of(vm)->root, abs, false, false);
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
    char *slash = strrchr(abs, '/');
    VNode *dir;
    if (slash == abs) dir = &vfs_of(vm)->root;
    else {
        *slash = 0;
        dir = walk(&vfs_of(vm)->root, abs, true, true);
        *slash = '/';
    }
    int r = -1;
    if (dir && dir->kind == VFS_DIR && slash[1]) {
        VNode *n = walk(dir, slash + 1, false, false);
        if (!n) {
            n = calloc(1, sizeof(VNode));
            if (n) {
                n->name = strdup(slash + 1);
                n->kind = VFS_FILE;
                n->next = dir->children;
                dir->children = n;
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
    if (!walk(&vfs_of(vm)->root, abs, false, false)) {
        char *slash = strrchr(abs, '/');
        bool parent_ok = parents || slash == abs;
        if (!parent_ok) {
            *slash = 0;
            VNode *p = walk(&vfs_of(vm)->root, abs, false, false);
            /* a parent only the host has (the CLI's /tmp) will do: the
               in-memory path down to it is made as needed */
            parent_ok = p ? p->kind == VFS_DIR : vfs_kind(vm, abs) == VFS_DIR;
            *slash = '/';
        }
        if (parent_ok && walk(&vfs_of(vm)->root, abs, true, true)) r = 0;
    }
    free(abs);
    return r;
}

static VNode *parent_of(VM *vm, char *abs, char **leaf) {
    char *slash = strrchr(abs, '/');
    *leaf = slash + 1;
    if (slash == abs) return &vfs_of(vm)->root;
    *slash = 0;
    VNode *p = walk(&vfs_of(vm)->root, abs, false, false);
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
    if (dir) {
        VNode *n = walk(dir, leaf, false, false);
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

int vfs_rename(VM *vm, const char *from, const char *to) {
    char *a = vfs_abspath(vm, from), *b = vfs_abspath(vm, to);
    int r = -1;
    char *la = NULL, *lb = NULL;
    VNode *da = a ? parent_of(vm, a, &la) : NULL;
    VNode *db = b ? parent_of(vm, b, &lb) : NULL;
    if (da && db && db->kind == VFS_DIR) {
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
    VNode *n = walk(&vfs_of(vm)->root, abs, false, false);
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
