package dev.waymark.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the deployment files at the repository root, whatever module the tests run from. */
final class DeploymentFiles {

    private DeploymentFiles() {
    }

    /** Walks up from the working directory to the first directory holding docker-compose.yml. */
    static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No docker-compose.yml in " + start + " or any parent directory");
    }

    static String read(String fileName) {
        Path file = repositoryRoot().resolve(fileName);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
