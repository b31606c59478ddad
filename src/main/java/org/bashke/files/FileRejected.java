package org.bashke.files;

/**
 * An upload the platform will not keep. {@link #messageKey()} says why in the reader's language
 * ({@code files.rejected.empty}, {@code files.rejected.type}, {@code files.rejected.size}); bind it to the
 * form field with {@code errors.rejectValue(field, e.messageKey())}. Nothing is stored when it is thrown.
 */
public class FileRejected extends RuntimeException {

    private final String messageKey;

    public FileRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
