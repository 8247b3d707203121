//! Atomic file replacement: write a temporary file beside the target, fsync it, rename it over
//! the target, fsync the folder. A crash at any point leaves either the old or the new file.

use std::fs::{File, OpenOptions};
use std::io::Write;
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
        let file = OpenOptions::new().write(true).create_new(true).open(&path).map_err(io("create", &path))?;
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

/// Reads a whole file, refusing files larger than `limit` bytes.
pub fn read_limited(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(io("read", path))?;
    if meta.len() > limit {
        return Err(Error::TooLarge { what: what.to_string(), size: meta.len(), limit });
    }
    std::fs::read(path).map_err(io("read", path))
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
}
