package org.basira.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An archive of short news reports made from the team's own sentence patterns, so that a job can be
 * run over hundreds of articles that quote, attribute and report events as wire copy does, with the
 * same files for the same seed.
 */
final class GeneratedArchive {

  private static final List<String> PLACES = List.of("Mosul", "Kirkuk", "Basra", "Aden", "Taiz", "Idlib",
      "Aleppo", "Gao", "Timbuktu", "Kharkiv", "Kherson", "Goma", "Mogadishu", "Fallujah", "Tikrit");
  private static final List<String> GROUPS = List.of("Islamic State", "the Houthis", "Al-Shabaab", "M23",
      "Kataib Hezbollah", "Hayat Tahrir al-Sham", "the Wagner Group", "JNIM");
  private static final List<String> STATES = List.of("Iraq", "Iran", "Turkey", "Saudi Arabia", "the United States",
      "Russia", "Ukraine", "France", "Kenya", "Rwanda");
  private static final List<String> PEOPLE = List.of("Amal Haddad", "Yusuf Karimi", "Oksana Melnyk", "Ibrahim Maiga",
      "Leila Nasser", "Omar Farah", "Daniel Okafor", "Sara Lindqvist", "Hassan Jaber", "Maryam Rahimi");
  private static final List<String> ROLES = List.of("a spokesman for the interior ministry", "the provincial governor",
      "a researcher at the Centre for Conflict Studies", "a senior army commander", "the foreign minister",
      "an analyst at the Regional Security Institute");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");
  private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");

  private final Random random;

  private GeneratedArchive(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code count} reports as text files into {@code dir}; the same seed writes the same files. */
  static List<Path> write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    GeneratedArchive archive = new GeneratedArchive(seed);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path file = dir.resolve(String.format("report-%04d.txt", i));
      Files.writeString(file, archive.report(i));
      files.add(file);
    }
    return files;
  }

  private String report(int number) {
    String place = pick(PLACES);
    String group = pick(GROUPS);
    String month = pick(MONTHS);
    int year = 2015 + random.nextInt(9);
    StringBuilder text = new StringBuilder();
    text.append(capitalised(group)).append(" strikes near ").append(place).append(" (report ").append(number)
        .append(")\n\n");
    text.append(place).append(", ").append(month).append(' ').append(1 + random.nextInt(28)).append(", ")
        .append(year).append(" - ");
    text.append(opening(group, place)).append("\n\n");
    int more = 3 + random.nextInt(4);
    for (int i = 0; i < more; i++) {
      text.append(sentence(group, place, year)).append(i % 2 == 1 ? "\n\n" : " ");
    }
    return text.toString().strip() + "\n";
  }

  private String opening(String group, String place) {
    return capitalised(group) + " fighters attacked an army checkpoint near " + place + " on " + pick(DAYS)
        + ", killing " + (2 + random.nextInt(30)) + " soldiers, " + pick(PEOPLE) + ", " + pick(ROLES) + ", said.";
  }

  private String sentence(String group, String place, int year) {
    String person = pick(PEOPLE);
    String role = pick(ROLES);
    String state = pick(STATES);
    String other = pick(STATES);
    return switch (random.nextInt(10)) {
      case 0 -> "\"We will not allow " + group + " to return to " + place + ",\" " + person + ", " + role
          + ", told reporters.";
      case 1 -> capitalised(state) + " condemned the attack and called for talks between the government and "
          + group + ".";
      case 2 -> "According to " + person + ", " + role + ", " + group + " has lost much of its support since "
          + year + ".";
      case 3 -> capitalised(state) + " and " + other + " agreed on " + pick(DAYS)
          + " to exchange prisoners after talks in " + pick(PLACES) + ".";
      case 4 -> "Security forces arrested " + (2 + random.nextInt(12)) + " suspected members of " + group
          + " in " + pick(PLACES) + ", the police said.";
      case 5 -> person + " warned that the militias could fill the vacuum if foreign troops withdrew.";
      case 6 -> capitalised(state) + " sent humanitarian aid to " + place + " after the fighting displaced "
          + (100 + random.nextInt(5000)) + " families.";
      case 7 -> "\"The situation is calm now, but nobody trusts the ceasefire,\" said " + person + ".";
      case 8 -> person + ", " + role + ", said the country could slide into militia rule or find a third path.";
      default -> "Residents said " + group + " had threatened local officials for weeks before the attack.";
    };
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
