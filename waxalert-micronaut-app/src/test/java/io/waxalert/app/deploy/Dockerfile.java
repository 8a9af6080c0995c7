package io.waxalert.app.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Dockerfile read as its instructions: comments dropped, continuation lines joined. */
record Dockerfile(List<Instruction> instructions) {

  record Instruction(String keyword, String arguments) {}

  static Dockerfile read(Path file) throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String joined = current.toString().strip();
      current.setLength(0);
      int space = joined.indexOf(' ');
      instructions.add(new Instruction(joined.substring(0, space).toUpperCase(), joined.substring(space + 1).strip()));
    }
    return new Dockerfile(instructions);
  }

  List<String> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
  }

  String only(String keyword) {
    List<String> found = all(keyword);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + keyword + ", found " + found);
    }
    return found.get(0);
  }

  /** The source and the destination of the one COPY whose source ends with {@code suffix}. */
  List<String> copyOf(String suffix) {
    List<List<String>> found = all("COPY").stream().map(arguments -> List.of(arguments.split("\\s+")))
        .filter(words -> words.size() == 2 && words.get(0).endsWith(suffix)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one COPY of a *" + suffix + ", found " + all("COPY"));
    }
    return found.get(0);
  }

  /** The ENV instructions' variables, in both the {@code K=V K2=V2} and the {@code K V} form. */
  Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String arguments : all("ENV")) {
      if (!arguments.contains("=")) {
        String[] pair = arguments.split("\\s+", 2);
        env.put(pair[0], pair[1]);
        continue;
      }
      for (String pair : arguments.split("\\s+")) {
        String[] kv = pair.split("=", 2);
        env.put(kv[0], kv[1]);
      }
    }
    return env;
  }
}
