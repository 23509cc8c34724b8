package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
)

// maxListDepth bounds directory nesting, so that a symlink loop that cannot be recognised
// (an fs.FS whose FileInfo does not identify files) still ends.
const maxListDepth = 64

// ErrSymlinkLoop reports a directory reached again through a symbolic link; ErrTooDeep a
// directory nested more than 64 levels below the root.
var (
	// ErrSymlinkLoop: a symbolic link leads to a directory already listed.
	ErrSymlinkLoop = errors.New("symbolic link to a directory already listed (loop or duplicate)")
	// ErrTooDeep: a directory more than 64 levels below the root.
	ErrTooDeep = errors.New("directory nested too deep")
	// ErrFolderDoc marks a file that documents a corpus folder (README, DATA, LICENSE,
	// CHANGELOG) rather than being one of its texts; List leaves it out.
	ErrFolderDoc = errors.New("folder documentation (README, DATA, LICENSE), not a corpus text")
)

// List returns the regular files under root in fsys, recursively, as paths valid for fsys
// (root "." lists the whole file system), sorted by byte order. Files and directories whose
// name starts with "." are skipped, as are other non-regular files (devices, sockets).
// Symbolic links to files are listed; symbolic links to directories are followed unless the
// directory was already visited (os.SameFile on os.DirFS), which ends symlink loops, and no
// directory deeper than 64 levels is entered. List does not filter by extension: ReadFile
// skips unsupported files with ErrUnsupported, so that they are reported. Directories that
// cannot be read are returned as errors, and listing goes on.
func List(fsys fs.FS, root string) ([]string, []*FileError) {
	l := &lister{fsys: fsys, visited: map[dirKey][]fs.FileInfo{}}
	fi, err := fs.Stat(fsys, root)
	if err != nil {
		return nil, []*FileError{{Path: root, Err: unreadable(err)}}
	}
	if !fi.IsDir() {
		return []string{root}, nil
	}
	l.visit(fi)
	l.walk(root, 0)
	slices.Sort(l.files)
	return l.files, l.errs
}

type lister struct {
	fsys    fs.FS
	files   []string
	errs    []*FileError
	visited map[dirKey][]fs.FileInfo // directories entered so far, bucketed
}

// dirKey buckets directories by what stat reports identically for one directory reached by
// two paths, so that os.SameFile compares only a few candidates.
type dirKey struct {
	size  int64
	mtime int64
}

func keyOf(fi fs.FileInfo) dirKey { return dirKey{fi.Size(), fi.ModTime().UnixNano()} }

func (l *lister) visit(fi fs.FileInfo) {
	k := keyOf(fi)
	l.visited[k] = append(l.visited[k], fi)
}

func (l *lister) walk(dir string, depth int) {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		l.errs = append(l.errs, &FileError{Path: dir, Err: unreadable(err)})
		// fs.ReadDir may return the entries read before the error; use them.
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := path.Join(dir, name)
		switch mode := e.Type(); {
		case mode.IsDir():
			if fi, err := e.Info(); err == nil {
				l.visit(fi)
			}
			l.enter(p, depth+1)
		case mode.IsRegular():
			if isFolderDoc(name) {
				l.errs = append(l.errs, &FileError{Path: p, Err: ErrFolderDoc})
				continue
			}
			l.files = append(l.files, p)
		case mode&fs.ModeSymlink != 0:
			fi, err := fs.Stat(l.fsys, p)
			if err != nil {
				l.errs = append(l.errs, &FileError{Path: p, Err: fmt.Errorf("%w: broken symbolic link: %w", ErrUnreadable, unwrapPath(err))})
				continue
			}
			switch {
			case fi.Mode().IsRegular():
				l.files = append(l.files, p)
			case fi.IsDir():
				if l.seen(fi) {
					l.errs = append(l.errs, &FileError{Path: p, Err: ErrSymlinkLoop})
					continue
				}
				l.visit(fi)
				l.enter(p, depth+1)
			}
		}
	}
}

func (l *lister) enter(p string, depth int) {
	if depth > maxListDepth {
		l.errs = append(l.errs, &FileError{Path: p, Err: ErrTooDeep})
		return
	}
	l.walk(p, depth)
}

// seen reports whether fi is a directory already entered. It is asked only for the targets
// of symbolic links: directories reached without links cannot repeat (file systems forbid
// hard links to directories).
func (l *lister) seen(fi fs.FileInfo) bool {
	for _, v := range l.visited[keyOf(fi)] {
		if os.SameFile(v, fi) {
			return true
		}
	}
	return false
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isFolderDoc reports a file name that documents its folder rather than being a text of
// the corpus: README, DATA, LICENSE, COPYING or CHANGELOG, with any extension.
func isFolderDoc(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, path.Ext(name)))
	switch base {
	case "README", "DATA", "LICENSE", "LICENCE", "COPYING", "CHANGELOG":
		return true
	}
	return false
}
