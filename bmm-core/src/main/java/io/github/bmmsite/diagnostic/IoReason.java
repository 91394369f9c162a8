package io.github.bmmsite.diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Says why an I/O operation failed, in words: the JDK's file exceptions often carry only a path
 * as their message ({@code NoSuchFileException: /x}), which reads as if the path were the reason.
 */
public final class IoReason {

    private IoReason() {
    }

    /** {@code "/proc/x/site: permission denied"}, {@code "disk full"}, … never empty. */
    public static String of(IOException e) {
        if (e instanceof FileSystemException failure) {
            String files = failure.getFile() == null ? ""
                    : failure.getFile() + (failure.getOtherFile() == null ? "" : " -> " + failure.getOtherFile()) + ": ";
            return files + reason(failure);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    public static String of(UncheckedIOException e) {
        return of(e.getCause());
    }

    private static String reason(FileSystemException failure) {
        if (failure.getReason() != null && !failure.getReason().isBlank()) {
            return failure.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (failure instanceof FileSystemLoopException) {
            return "symbolic links form a loop";
        }
        if (failure instanceof NotLinkException) {
            return "not a symbolic link";
        }
        return "file system error (" + failure.getClass().getSimpleName() + ")";
    }
}
