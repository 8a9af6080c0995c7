package io.waxalert.examples.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's marked code blocks: a line {@code <!-- embedding-test: KEY -->} names the fenced block
 * that follows it. The README is the one source of what a reader copies and what the test runs.
 */
final class ReadmeBlocks {

  private static final Pattern MARKER = Pattern.compile("<!--\\s*embedding-test:\\s*(.+?)\\s*-->");

  private final Map<String, String> blocks;

  private ReadmeBlocks(Map<String, String> blocks) {
    this.blocks = blocks;
  }

  static ReadmeBlocks of(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme);
    Map<String, String> found = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i).trim());
      if (!marker.matches()) {
        continue;
      }
      int open = i + 1;
      while (open < lines.size() && lines.get(open).isBlank()) {
        open++;
      }
      if (open >= lines.size() || !lines.get(open).startsWith("```")) {
        throw new IllegalStateException("README line " + (i + 1) + ": no code block after " + lines.get(i));
      }
      StringBuilder body = new StringBuilder();
      int line = open + 1;
      for (; line < lines.size() && !lines.get(line).startsWith("```"); line++) {
        body.append(lines.get(line)).append('\n');
      }
      if (found.put(marker.group(1), body.toString()) != null) {
        throw new IllegalStateException("README marks '" + marker.group(1) + "' twice");
      }
      i = line;
    }
    return new ReadmeBlocks(found);
  }

  String get(String key) {
    String block = blocks.get(key);
    if (block == null) {
      throw new IllegalStateException("README has no block marked <!-- embedding-test: " + key + " -->");
    }
    return block;
  }

  /** Blocks whose key starts with {@code prefix + " "}, by the rest of their key. */
  Map<String, String> withPrefix(String prefix) {
    Map<String, String> matching = new LinkedHashMap<>();
    blocks.forEach((key, body) -> {
      if (key.startsWith(prefix + " ")) {
        matching.put(key.substring(prefix.length() + 1), body);
      }
    });
    return matching;
  }

  /** A shell command of the block, continuation lines joined, split at blanks (no quoting used). */
  static List<String> command(String block) {
    String joined = block.replace("\\\n", " ").strip();
    if (joined.contains("\n") || joined.contains("\"") || joined.contains("'")) {
      throw new IllegalStateException("expected one unquoted command, got: " + block);
    }
    return List.of(joined.split("\\s+"));
  }
}
