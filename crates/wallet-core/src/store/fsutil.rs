//! Atomic file replacement: write a temporary file beside the target, fsync it, rename it over
//! the target, fsync the folder. A crash at any point leaves either the old or the new file.
//! Everything written here is private to the user (files 0600, folders 0700 on Unix): a
//! counselling centre's computer is shared. Reads accept regular files only, so a link to a
//! device or a FIFO cannot make a command read without end or hang.

use std::fs::{File, OpenOptions};
use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

use crate::crypto;
use crate::error::{Error, Result, io_err as io};

/// A temporary file beside its target; removed on drop unless committed.
pub struct TempFile {
    path: PathBuf,
    target: PathBuf,
    file: File,
    committed: bool,
}

impl TempFile {
    /// Creates `.<name>.<random>.tmp` in the target's folder.
    pub fn beside(target: &Path) -> Result<Self> {
        let dir = parent_dir(target);
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut rnd = [0u8; 6];
        crypto::fill_random(&mut rnd)?;
        let path = dir.join(format!(".{name}.{}.tmp", hex::encode(rnd)));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path).map_err(io("create", &path))?;
        Ok(Self { path, target: target.to_path_buf(), file, committed: false })
    }

    /// The open file to write into.
    pub fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// Flushes to disk, renames over the target and flushes the folder.
    pub fn commit(mut self) -> Result<()> {
        self.file.flush().map_err(io("write", &self.path))?;
        self.file.sync_all().map_err(io("sync", &self.path))?;
        std::fs::rename(&self.path, &self.target).map_err(io("replace", &self.target))?;
        self.committed = true;
        sync_dir(&self.target)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Atomically replaces `target` with `bytes`.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<()> {
    let mut tmp = TempFile::beside(target)?;
    tmp.file().write_all(bytes).map_err(io("write", target))?;
    tmp.commit()
}

/// Fsyncs the folder holding `path`, so a rename in it is durable.
pub fn sync_dir(path: &Path) -> Result<()> {
    let dir = parent_dir(path);
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all()).map_err(io("sync", dir))?;
    }
    Ok(())
}

/// The folder a path lives in; `.` for a bare file name (whose parent is the empty path).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Creates a folder (and missing parents) readable by the user only.
pub fn create_private_dir(path: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path).map_err(io("create", path))
}

/// Reads a whole regular file, refusing anything else and files larger than `limit` bytes.
pub fn read_limited(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    let not_a_file = || Error::NotAFile { path: path.to_path_buf() };
    // Checked before opening: opening a FIFO for reading blocks until someone writes to it.
    let meta = std::fs::metadata(path).map_err(io("read", path))?;
    if !meta.is_file() {
        return Err(not_a_file());
    }
    if meta.len() > limit {
        return Err(Error::TooLarge { what: what.to_string(), size: meta.len(), limit });
    }
    let file = File::open(path).map_err(io("read", path))?;
    // And again on what was opened, in case the name was swapped in between; the read itself
    // stops after `limit` bytes whatever the metadata says.
    if !file.metadata().map_err(io("read", path))?.is_file() {
        return Err(not_a_file());
    }
    let mut out = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut out).map_err(io("read", path))?;
    if out.len() as u64 > limit {
        return Err(Error::TooLarge { what: what.to_string(), size: out.len() as u64, limit });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_file_name_is_written_in_the_current_folder() {
        assert_eq!(parent_dir(Path::new("q.png")), Path::new("."));
        assert_eq!(parent_dir(Path::new("a/q.png")), Path::new("a"));
        sync_dir(Path::new("q.png")).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_read_and_what_is_written_is_private() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        // A FIFO nobody writes to: opening it would block forever.
        let fifo = dir.path().join("fifo");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let device = dir.path().join("wallet.mappe");
        std::os::unix::fs::symlink("/dev/zero", &device).unwrap();
        for path in [&fifo, &device, &dir.path().to_path_buf()] {
            let e = read_limited(path, 1024, "the wallet file").unwrap_err();
            assert!(matches!(e, Error::NotAFile { .. }), "{}: {e}", path.display());
        }
        let file = dir.path().join("private").join("deeper").join("f");
        create_private_dir(file.parent().unwrap()).unwrap();
        write_atomic(&file, b"secret").unwrap();
        assert_eq!(read_limited(&file, 6, "f").unwrap(), b"secret");
        assert!(matches!(read_limited(&file, 5, "f"), Err(Error::TooLarge { .. })));
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(file.parent().unwrap()), 0o700);
        assert_eq!(mode(&dir.path().join("private")), 0o700);
    }
}
