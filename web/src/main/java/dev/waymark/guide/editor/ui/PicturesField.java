package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.Platform;
import dev.waymark.picture.PictureFormat;
import dev.waymark.picture.PictureHash;
import dev.waymark.picture.PictureUrls;
import dev.waymark.picture.StoredPicture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * A part's pictures: each with its thumbnail, caption and alt text in every language, and the platform it is for;
 * moved up or down, or removed. New ones come by upload (the upload button, or a file dropped on it) or by pasting
 * an image into the part (a screenshot from the clipboard): the browser posts it to {@code /editor/pictures} and
 * names the kept picture to this field. What the picture service refuses (an SVG, a file too big, a decompression
 * bomb) is shown here in the editor's language.
 */
public class PicturesField extends CustomField<List<Illustration>> {

    /** The picture paste listener: posts an image pasted into the part, then names the kept picture to the field. */
    private static final String PASTE_LISTENER = """
            const field = this;
            const part = field.closest('.wm-part-body') || field;
            part.addEventListener('paste', async event => {
              const files = [...(event.clipboardData?.files || [])].filter(file => file.type.startsWith('image/'));
              if (!files.length || event.wmPicture) return;
              event.wmPicture = true;
              event.preventDefault();
              const token = document.querySelector('meta[name="_csrf"]')?.content;
              const header = document.querySelector('meta[name="_csrf_header"]')?.content || 'X-CSRF-TOKEN';
              const headers = { 'Accept-Language': $0 };
              if (token) headers[header] = token;
              for (const file of files) {
                const body = new FormData();
                body.append('file', file, file.name || 'pasted.png');
                try {
                  const response = await fetch('/editor/pictures', { method: 'POST', body, credentials: 'same-origin',
                    headers });
                  const answer = await response.json().catch(() => ({}));
                  if (response.ok && answer.hash) field.$server.pasted(answer.hash);
                  else field.$server.refused(answer.message || '');
                } catch (error) {
                  field.$server.refused('');
                }
              }
            });""";

    private final EditorContext context;
    private final Div rows = new Div();
    private final Paragraph problem = new Paragraph();
    private final List<Row> shown = new ArrayList<>();
    private final ConcurrentLinkedQueue<Object> arrived = new ConcurrentLinkedQueue<>();
    private final @Nullable Upload upload;
    private boolean presenting;

    PicturesField(EditorContext context) {
        super(List.of());
        this.context = context;
        addClassName("wm-pictures");
        setLabel(context.t("editor.pictures"));
        setHelperText(context.t("editor.pictures.help"));
        rows.addClassName("wm-pictures-rows");
        problem.addClassName("wm-part-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        PictureUploads uploads = context.uploads();
        if (uploads == null) {
            upload = null;
            add(rows, problem);
            return;
        }
        // The handler runs in the upload's own request: it keeps the picture there and leaves the result for the
        // UI, which takes it when the browser says all files are done.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                arrived.add(uploads.upload(bytes));
            } catch (PictureUploads.Refused refused) {
                arrived.add(refused);
            }
        }));
        upload.setMaxFiles(Illustration.MAX_PER_PART);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(context.t("editor.pictures.drop")));
        upload.setUploadButton(new Button(context.t("editor.pictures.upload")));
        upload.addAllFinishedListener(event -> {
            takeArrived();
            upload.clearFileList();
        });
        add(rows, upload, problem);
        // The server's refusal in the editor's language, whatever the browser's.
        getElement().executeJs(PASTE_LISTENER, context.ui().tag());
    }

    private void takeArrived() {
        List<String> refusals = new ArrayList<>();
        for (Object result = arrived.poll(); result != null; result = arrived.poll()) {
            if (result instanceof StoredPicture picture) {
                append(picture);
            } else if (result instanceof PictureUploads.Refused refused) {
                refusals.add(refused.getMessage());
            }
        }
        showProblem(refusals.isEmpty() ? null : String.join(" ", refusals));
    }

    /** The browser kept a pasted picture under this hash. */
    @ClientCallable
    void pasted(String hash) {
        PictureUploads uploads = context.uploads();
        Optional<StoredPicture> picture = uploads == null || !PictureHash.isValid(hash) ? Optional.empty()
                : uploads.find(new PictureHash(hash));
        picture.ifPresentOrElse(this::append, () -> showProblem(context.t("editor.pictures.pasteFailed")));
    }

    /** The server refused a pasted picture with {@code message} (empty when the browser could not reach it). */
    @ClientCallable
    void refused(String message) {
        showProblem(message == null || message.isBlank() ? context.t("editor.pictures.pasteFailed") : message);
    }

    private void showProblem(@Nullable String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }

    /** Adds a picture just kept, at the end, with empty texts for the editor to fill. */
    void append(StoredPicture picture) {
        if (shown.size() >= Illustration.MAX_PER_PART) {
            showProblem(context.t("domain.picture.max", Illustration.MAX_PER_PART));
            return;
        }
        showProblem(null);
        Row row = new Row(new Illustration(picture.hash(), picture.width(), picture.height(), null, null, null));
        shown.add(row);
        arrange();
        updateValue();
        context.changed();
        row.alt.field(context.source()).focus();
    }

    private void arrange() {
        rows.removeAll();
        for (int index = 0; index < shown.size(); index++) {
            Row row = shown.get(index);
            row.up.setEnabled(index > 0);
            row.down.setEnabled(index < shown.size() - 1);
            if (getId().isPresent()) {
                row.identify(getId().get() + "-" + (index + 1));
            }
            rows.add(row);
        }
    }

    private void move(Row row, int by) {
        int index = shown.indexOf(row);
        int target = index + by;
        if (index < 0 || target < 0 || target >= shown.size()) {
            return;
        }
        shown.remove(index);
        shown.add(target, row);
        arrange();
        updateValue();
        context.changed();
    }

    private void remove(Row row) {
        shown.remove(row);
        arrange();
        updateValue();
        context.changed();
    }

    @Override
    public void setId(String id) {
        super.setId(id);
        if (upload != null) {
            upload.setId(id + "-upload");
        }
        problem.setId(id + "-problem");
        arrange();
    }

    @Override
    protected List<Illustration> generateModelValue() {
        return shown.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<Illustration> value) {
        presenting = true;
        try {
            shown.clear();
            for (Illustration picture : value == null ? List.<Illustration>of() : value) {
                shown.add(new Row(picture));
            }
            arrange();
        } finally {
            presenting = false;
        }
    }

    /** One picture: its thumbnail, its texts, its platform and the buttons that move or remove it. */
    private final class Row extends Div {

        private final Illustration picture;
        private final Image thumbnail;
        private final LocalizedTextField caption;
        private final LocalizedTextField alt;
        private final Select<Optional<Platform>> platform = new Select<>();
        private final Button up = new Button(context.t("editor.pictures.up"));
        private final Button down = new Button(context.t("editor.pictures.down"));
        private final Button remove = new Button(context.t("editor.pictures.remove"));

        Row(Illustration picture) {
            this.picture = picture;
            addClassName("wm-picture");
            StoredPicture stored = new StoredPicture(picture.picture(), picture.width(), picture.height());
            int smallest = PictureUrls.widths(stored).getFirst();
            thumbnail = new Image(PictureUrls.src(stored, smallest, PictureFormat.JPEG), "");
            thumbnail.addClassName("wm-picture-thumbnail");
            thumbnail.setWidth("8rem");
            // Its shape before it loads, so the row does not jump.
            thumbnail.getStyle().set("aspect-ratio", picture.width() + " / " + picture.height()).set("height", "auto");
            caption = context.text("editor.pictures.caption", false, Illustration.CAPTION_MAX_LENGTH);
            alt = context.text("editor.pictures.alt", false, Illustration.ALT_MAX_LENGTH);
            alt.setHelperText(context.t("editor.pictures.alt.help"));
            caption.setValue(picture.caption());
            alt.setValue(picture.alt());
            platform.setLabel(context.t("editor.pictures.platform"));
            platform.setItems(Optional.empty(), Optional.of(Platform.IOS), Optional.of(Platform.ANDROID));
            platform.setItemLabelGenerator(item -> item.map(Platform::label).orElse(context.t("editor.pictures.anyPlatform")));
            platform.setValue(Optional.ofNullable(picture.platform()));
            caption.addValueChangeListener(event -> changed());
            alt.addValueChangeListener(event -> changed());
            platform.addValueChangeListener(event -> changed());
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            up.addClickListener(event -> move(this, -1));
            down.addClickListener(event -> move(this, 1));
            remove.addClickListener(event -> PicturesField.this.remove(this));
            Div texts = new Div(caption, alt, platform);
            texts.addClassName("wm-picture-texts");
            Div buttons = new Div(up, down, remove);
            buttons.addClassName("wm-picture-buttons");
            add(thumbnail, texts, buttons);
        }

        private void changed() {
            if (!presenting) {
                updateValue();
            }
        }

        Illustration value() {
            return new Illustration(picture.picture(), picture.width(), picture.height(),
                    platform.getValue() == null ? null : platform.getValue().orElse(null), caption.getValue(),
                    alt.getValue());
        }

        void identify(String id) {
            setId(id);
            thumbnail.setId(id + "-thumbnail");
            caption.setId(id + "-caption");
            alt.setId(id + "-alt");
            platform.setId(id + "-platform");
            up.setId(id + "-up");
            down.setId(id + "-down");
            remove.setId(id + "-remove");
        }
    }
}
