package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastBoardTest {

  @TempDir
  Path folder;

  @Test
  void theBoardIsBuiltAgainOnlyWhenWhatItIsBuiltFromChanged() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(ArchiveFixtures.claimAndEvent("Intro of May.", "2023-05-02", "2023-05"));
      ScenarioBoard first = workspace.board(ScenarioBoardStoreTest.CASE);
      assertThat(workspace.board(ScenarioBoardStoreTest.CASE)).as("nothing changed").isSameAs(first);

      String evidence = first.evidence().get(0).id();
      workspace.rate(evidence, "collapse", Rating.II, "sam", "the researcher knows the army well");
      ScenarioBoard rated = workspace.board(ScenarioBoardStoreTest.CASE);
      assertThat(rated.cell(evidence, "collapse").rating()).isEqualTo(Rating.II);

      workspace.put(ArchiveFixtures.claimAndEvent("Intro of June.", "2023-06-01", "2023-06"));
      ScenarioBoard stored = workspace.board(ScenarioBoardStoreTest.CASE);
      assertThat(stored.evidence()).hasSize(rated.evidence().size() + 1);

      workspace.merge("grp.front", "army", "sam", "one force under two names");
      assertThat(workspace.board(ScenarioBoardStoreTest.CASE)).as("a correction renames holders").isNotSameAs(stored);
    }
  }
}
