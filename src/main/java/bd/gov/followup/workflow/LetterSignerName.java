package bd.gov.followup.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The name a reminder letter is signed with, over its signing office's designation: the name of the user who chose
 * the letter, as Camunda knows the user (first and last name), when that user works in the signing office. Otherwise
 * none, and the designation signs alone: an administrator, the application, or a user without a name must not put a
 * name on a letter; nor the minutes' chair, who may have been transferred long before the letter, or never held the
 * signing office.
 */
@Component
public class LetterSignerName {

  private final IdentityService identityService;

  public LetterSignerName(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * @param userId who chose the letter on the review ({@code reviewDecidedBy}), or null
   * @param signer the signing office's group
   * @return the user's name, or null
   */
  public String of(String userId, String signer) {
    if (userId == null || signer == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).memberOfGroup(signer).singleResult();
    if (user == null) {
      return null;
    }
    String name = (blankIfNull(user.getFirstName()) + " " + blankIfNull(user.getLastName())).strip();
    return name.isEmpty() ? null : name;
  }

  private static String blankIfNull(String text) {
    return text == null ? "" : text.strip();
  }
}
